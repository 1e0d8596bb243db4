import { useStore } from '@nanostores/react';
import { atom } from 'nanostores';
import { useEffect, useMemo, useState } from 'react';
import { computeMastery, type MasteryModel, type MasteryReport } from '../lib/record/compute-mastery';
import type { LearnerRecord } from '../lib/record/learner-record';
import type { LearnerStore, StorageStatus } from '../stores/learner';
import { getLearnerStore } from '../stores/learner-browser';

const NO_RECORD = atom<LearnerRecord | null>(null);
const NO_STATUS = atom<StorageStatus>({ ready: false, firstVisit: false });

/**
 * The learner store for an island. Null on the server and in the first client render, so the
 * hydrated HTML matches the server's neutral placeholder; the record arrives right after mounting.
 */
export function useLearner(siteId: string): { store: LearnerStore | null; record: LearnerRecord | null; status: StorageStatus } {
  const [store, setStore] = useState<LearnerStore | null>(null);
  useEffect(() => setStore(getLearnerStore(siteId)), [siteId]);
  const record = useStore(store?.$record ?? NO_RECORD);
  const status = useStore(store?.$status ?? NO_STATUS);
  return { store, record, status };
}

/** Mastery for the given model, recomputed when the record changes; null until the record is read. */
export function useMastery(siteId: string, model: MasteryModel): { store: LearnerStore | null; mastery: MasteryReport | null; record: LearnerRecord | null; status: StorageStatus } {
  const { store, record, status } = useLearner(siteId);
  const mastery = useMemo(() => (record ? computeMastery(model, record) : null), [model, record]);
  return { store, mastery, record, status };
}
