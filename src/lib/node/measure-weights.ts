import type { SiteWeights } from '../bench/bench-report';
import { measurePage, type PageWeight } from './measure-page';
import { medianLessonPage, type SiteTotals } from './measure-site';

/** The pages whose weights stand for the site. */
export interface WeightPages {
  /** Slug of a lesson with a quiz (its island is measured). */
  quizLesson?: string;
  /** Slug of a lesson without a quiz (it must load no framework code). */
  plainLesson?: string;
}

/** Weights of the median lesson page, the quiz island and a plain lesson page, with the page details behind them. */
export function measureWeights(outDir: string, base: string, totals: SiteTotals, pages: WeightPages): { weights: SiteWeights; median: PageWeight; quiz?: PageWeight; plain?: PageWeight } {
  const medianPage = medianLessonPage(totals);
  if (!medianPage) throw new Error(`no lesson pages in ${outDir}`);
  const median = measurePage(outDir, base, medianPage.page);
  const quiz = pages.quizLesson ? measurePage(outDir, base, `${base}lessons/${pages.quizLesson}/`) : undefined;
  const plain = pages.plainLesson ? measurePage(outDir, base, `${base}lessons/${pages.plainLesson}/`) : undefined;
  return {
    weights: {
      lessonPage: median.page,
      lessonHtmlBytes: median.html.bytes,
      lessonHtmlGzip: median.html.gzip,
      eagerJsGzip: median.eagerJs.gzip,
      islandJsGzip: quizJsGzip(quiz ?? median),
      cssGzip: median.css.gzip,
      plainPageLoadsFramework: plain?.eagerJs.framework ?? false,
    },
    median,
    quiz,
    plain,
  };
}

/** What a quiz loads once it comes into view: island code on hydration, or the script the page imports lazily. */
function quizJsGzip(page: PageWeight): number {
  return page.islandJs.gzip + page.lazyJs.gzip;
}
