import { describe, expect, it } from 'vitest';
import { advanceProgress, describeProgress, START } from '../../../../src/lib/bench/build-progress';

describe('advanceProgress', () => {
  it('follows the phases of a build and counts rendered pages', () => {
    const lines = ['[content] Syncing content', '[build] Building static entrypoints...', ' generating static routes ', '  ├─ /lessons/a/index.html (+3ms)', '  └─ /lessons/b/index.html (+4ms)'];
    const progress = lines.reduce(advanceProgress, START);
    expect(progress).toEqual({ phase: 'rendering', rendered: 2 });
    expect(describeProgress(progress, 10, 12.4)).toBe('rendering 2/10 pages · 12 s');
    const finishing = advanceProgress(progress, '✓ Completed in 338ms.');
    expect(finishing.phase).toBe('finishing');
    const indexing = advanceProgress(finishing, '[build] 2 page(s) built in 1.2s');
    expect(indexing.phase).toBe('indexing');
    expect(advanceProgress(indexing, 'search index: 2 pages in 310 ms').phase).toBe('done');
  });
});
