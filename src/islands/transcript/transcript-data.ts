import type { TranscriptPortal } from '../../lib/record/build-transcript';

/** What the server hands the transcript island: the portal's identity and what a transcript lists. */
export interface TranscriptData extends TranscriptPortal {
  site: {
    id: string;
    title: string;
    /** The association that runs the portal (may be empty). */
    organisation: string;
    url: string;
    /** For dates, e.g. "en". */
    locale: string;
  };
  /** The progress page, to go back to. */
  progressHref: string;
}
