import type { MasteryModel } from '../../lib/record/compute-mastery';

/** A competency as the progress page shows it. */
export interface ProgressCompetency {
  id: string;
  code?: string;
  title: string;
  href: string;
  /** The badge's fill, from the competency's badge settings. */
  colour: string;
  /** A leaf of the framework: charted and counted in "N of M mastered". */
  leaf: boolean;
}

/** What the server hands the progress island: small, serialisable, built once per build. */
export interface ProgressData {
  site: {
    id: string;
    url: string;
    /** The portal's name, e.g. for the platform of exported xAPI statements. */
    title: string;
    /** The association that runs the portal, from site.yaml (may be empty). */
    organisation: string;
    /** For dates, e.g. "en". */
    locale: string;
    /** Written into exports so a later import can explain lessons that have since changed. */
    contentVersion: string;
  };
  model: MasteryModel;
  /** Every competency, depth-first in display order. */
  competencies: ProgressCompetency[];
  lessons: Record<string, { title: string; href: string; ceCredits?: number }>;
  certifications: { id: string; title: string; href: string; ceCredits?: number }[];
  /** How learners hand a shared export to the association (site.yaml `sharing`); every field optional. */
  sharing: { email?: string; url?: string; note?: string };
  /** Where to start learning, for the empty state. */
  competenciesHref: string;
}
