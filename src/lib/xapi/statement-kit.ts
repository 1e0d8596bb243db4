import { URL_NAMESPACE, uuidV5 } from '../standards/uuid-v5';
import { createActivityFactory, type ActivityFactory } from './xapi-activities';
import type { XapiCatalog, XapiSiteContext } from './xapi-catalog';
import type { XapiActivity, XapiContext, XapiResult, XapiStatement, XapiVerb } from './xapi-statement';

/** What every statement of one learner shares: the actor, the activities and stable ids. */
export interface StatementKit {
  activities: ActivityFactory;
  /** A name-based UUID for `key` (e.g. `attempt:<id>`), the same in every export of this learner. */
  uuidFor(key: string): string;
  /** A statement whose id derives from `key`, dated `at` in UTC (or the export's time, if `at` is later). */
  statement(key: string, verb: XapiVerb, object: XapiActivity, at: string, extra?: { result?: XapiResult; context?: XapiContext }): XapiStatement;
}

/**
 * The kit for one learner on one site. Ids are UUIDv5 of the site URL, the learner id and the
 * event, so exporting twice (or after merging in another browser's record) repeats each id and a
 * learning record store can drop the duplicates.
 */
export function createStatementKit(learnerId: string, catalog: XapiCatalog, site: XapiSiteContext): StatementKit {
  const language = site.language ?? 'en-US';
  const actor = { objectType: 'Agent', account: { homePage: site.siteUrl, name: learnerId } } as const;
  // Each part URI-encoded, so no learner id or key can run into the next part and collide.
  const uuidFor = (key: string) => uuidV5(`${site.siteUrl}#xapi/${encodeURIComponent(learnerId)}/${encodeURIComponent(key)}`, URL_NAMESPACE);
  return {
    activities: createActivityFactory(site.siteUrl, catalog, language),
    uuidFor,
    statement(key, verb, object, at, extra = {}) {
      return {
        id: uuidFor(key),
        actor: { objectType: actor.objectType, account: { ...actor.account } },
        verb,
        object,
        ...(extra.result ? { result: extra.result } : {}),
        context: { ...extra.context, platform: site.siteTitle, language },
        // A record written on a device whose clock ran ahead must not yield a statement from the future.
        timestamp: new Date(Math.min(Date.parse(at), Date.parse(site.now))).toISOString(),
      };
    },
  };
}
