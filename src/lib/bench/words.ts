// Vocabulary for generated benchmark lessons: a communication-skills domain, so generated pages
// have the word lengths, link texts and search terms of real lessons rather than lorem ipsum.

/** The framework's areas (the generator uses the first eight, cycling if asked for more). */
export const AREA_TITLES = [
  'Writing and plain language', 'Images and media', 'Documents and structure', 'Colour and design',
  'Forms and interaction', 'Events and live media', 'Social media and email', 'Data and charts',
] as const;

/** Things communicators make; lesson and competency titles are built around them. */
export const TOPICS = [
  'alt text', 'captions', 'headings', 'link text', 'data tables', 'signup forms', 'colour contrast', 'charts',
  'slide decks', 'newsletters', 'PDF reports', 'video transcripts', 'podcasts', 'email campaigns', 'social posts',
  'button labels', 'menus', 'error messages', 'instructions', 'event invitations', 'surveys', 'annual reports',
  'maps', 'timelines', 'infographics', 'webinars', 'templates', 'landing pages', 'job adverts', 'press releases',
  'member handbooks', 'audio descriptions', 'live captions', 'QR codes', 'hashtags', 'emoji', 'abbreviations',
  'page titles', 'reading order', 'focus order',
] as const;

/** Verbs that open lesson titles and objectives. */
export const VERBS = [
  'Write', 'Review', 'Test', 'Structure', 'Label', 'Simplify', 'Describe', 'Plan', 'Check', 'Shorten',
  'Reorder', 'Publish', 'Rewrite', 'Compare', 'Design', 'Caption', 'Explain', 'Organise', 'Fix', 'Choose',
] as const;

/** Qualities a good result has. */
export const ADJECTIVES = [
  'clear', 'short', 'specific', 'consistent', 'descriptive', 'predictable', 'plain', 'visible', 'concise',
  'accurate', 'readable', 'useful', 'honest', 'timely', 'meaningful', 'simple',
] as const;

/** Who benefits. */
export const AUDIENCES = [
  'screen reader users', 'members on mobile phones', 'people who zoom in', 'busy readers', 'new volunteers',
  'keyboard users', 'readers with low vision', 'older members', 'people who rely on captions',
  'people reading in a second language', 'speech input users', 'colour-blind readers', 'event speakers',
  'the membership team', 'board members', 'first-time visitors',
] as const;

/** Where content goes out. */
export const CHANNELS = [
  'in the newsletter', 'on the website', 'in the member portal', 'on social media', 'in the conference app',
  'in the annual report', 'at the annual meeting', 'in a webinar', 'in the welcome pack', 'on the intranet',
] as const;

/** What goes wrong. */
export const PROBLEMS = [
  'vague link text', 'low contrast', 'missing labels', 'skipped heading levels', 'autoplaying media',
  'images of text', 'long unbroken paragraphs', 'unexplained jargon', 'colour-only cues', 'tiny tap targets',
  'strict time limits', 'unexpected pop-ups', 'missing captions', 'flashing animations', 'cluttered layouts',
] as const;

/** What readers can then do. */
export const OUTCOMES = [
  'find the key point quickly', 'follow the steps in order', 'understand the chart', 'reach every control',
  'skip repeated blocks', 'fill in the form without help', 'hear what the image shows', 'tell links apart',
  'read the text at twice the size', 'join the event on time', 'answer the survey in one go',
  'share the post with confidence', 'scan the page for what they need', 'recover from a mistake',
] as const;

/** Sentence patterns; each {slot} is filled from the list of the same name. */
export const SENTENCES = [
  'When you {verb} {topic} {channel}, {audience} can {outcome}.',
  '{Audience} rely on {adjective} {topic} to {outcome}.',
  'Most problems with {topic} come from {problem}, not from a lack of effort.',
  'Before you publish {channel}, check the {topic} for {problem}.',
  'A {adjective} approach to {topic} helps {audience} and saves the team time later.',
  'Ask a colleague to {verb} the {topic} with fresh eyes and note where they hesitate.',
  'Keep the {topic} {adjective}, because {audience} may meet them out of context.',
  'If the {topic} only work for some readers, {audience} will quietly give up.',
  'Start with the purpose: what should {audience} be able to do after reading the {topic}?',
  'Removing {problem} is often the quickest win {channel}.',
  'Treat {topic} as part of the message, not as decoration added at the end.',
  'A short checklist for {topic} catches {problem} before anyone else sees it.',
  'The same rule applies {channel}: {adjective} {topic} serve everyone.',
  'Record what you changed, so the next person who edits the {topic} can {outcome}.',
] as const;
