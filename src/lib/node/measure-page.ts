import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findDynamicImports, findStaticImports, isFrameworkCode, listPageAssets, resolveSitePath, type AssetGroup, type AssetWeight, type PageAsset, type PageWeight } from '../bench/page-assets';

export type { PageWeight } from '../bench/page-assets';

/** Measures one page of a built site in `outDir` served under `base`. */
export function measurePage(outDir: string, base: string, page: string): PageWeight {
  const read = siteReader(outDir, base);
  const html = read(page.endsWith('/') ? `${page}index.html` : page);
  if (!html) throw new Error(`${page} is not in ${outDir}`);
  const text = html.toString('utf8');
  const assets = listPageAssets(text);
  const seen = new Set<string>();
  const eager = collectScripts(assets.scripts.map((asset) => ({ asset, from: page })), read, seen);
  const islandEntries = assets.islands.flatMap((island) => [island.componentUrl, island.rendererUrl].filter((url): url is string => Boolean(url)).map((url) => ({ asset: { url }, from: page })));
  const island = collectScripts(islandEntries, read, seen);
  // Lazy: everything reachable through import("…") from what loaded before, and anything that loads in turn.
  const lazy = collectScripts([...eager.dynamic, ...island.dynamic], read, seen, true);
  const css = assets.styles.map((style) => weigh(style, page, read)).filter((file): file is AssetWeight & { code: string } => file !== undefined);
  return {
    page,
    html: { bytes: html.length, gzip: gzipSync(html).length },
    css: group(css),
    eagerJs: { ...group(eager.files), framework: eager.framework },
    islandJs: { ...group(island.files), islands: assets.islands },
    lazyJs: group(lazy.files),
  };
}

/** A reader of site paths from the output folder; undefined for paths outside it. */
export function siteReader(outDir: string, base: string): (path: string) => Buffer | undefined {
  return (path) => {
    if (!path.startsWith(base)) return undefined;
    const file = join(outDir, decodeURIComponent(path.slice(base.length)));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
  };
}

type QueuedScript = { asset: PageAsset; from: string };

/** Weighs `entries` and their static imports (and dynamic ones when `followDynamic`); lists the dynamic imports not followed. */
function collectScripts(entries: QueuedScript[], read: (path: string) => Buffer | undefined, seen: Set<string>, followDynamic = false) {
  const files: AssetWeight[] = [];
  const dynamic: QueuedScript[] = [];
  let framework = false;
  const queue = [...entries];
  while (queue.length) {
    const { asset, from } = queue.shift()!;
    if ('url' in asset) {
      const path = resolveSitePath(asset.url, from);
      if (!path || seen.has(path)) continue;
      seen.add(path);
    }
    const weighed = weigh(asset, from, read);
    if (!weighed) continue;
    files.push({ url: weighed.url, bytes: weighed.bytes, gzip: weighed.gzip });
    framework ||= isFrameworkCode(weighed.code);
    const here = 'url' in asset ? weighed.url : from;
    for (const specifier of findStaticImports(weighed.code)) queue.push({ asset: { url: specifier }, from: here });
    for (const specifier of findDynamicImports(weighed.code)) (followDynamic ? queue : dynamic).push({ asset: { url: specifier }, from: here });
  }
  return { files, framework, dynamic };
}

function weigh(asset: PageAsset, from: string, read: (path: string) => Buffer | undefined): (AssetWeight & { code: string }) | undefined {
  if ('inline' in asset) {
    const data = Buffer.from(asset.inline);
    return { url: 'inline', bytes: data.length, gzip: gzipSync(data).length, code: asset.inline };
  }
  const path = resolveSitePath(asset.url, from);
  const data = path ? read(path) : undefined;
  return data && path ? { url: path, bytes: data.length, gzip: gzipSync(data).length, code: data.toString('utf8') } : undefined;
}

function group(files: AssetWeight[]): AssetGroup {
  return { files: files.map(({ url, bytes, gzip }) => ({ url, bytes, gzip })), gzip: files.reduce((total, file) => total + file.gzip, 0) };
}
