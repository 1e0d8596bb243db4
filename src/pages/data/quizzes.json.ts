import type { APIRoute } from 'astro';
import { getPortal } from '../../data/portal';
import { buildQuizCatalog } from '../../lib/portal/quiz-catalog';

/**
 * Every quiz and check with its questions, for the pages that interpret stored answers (insights,
 * xAPI export). Lesson pages already carry their own questions for grading in the browser, so this
 * publishes nothing a learner could not already read.
 */
export const GET: APIRoute = async () => {
  const body = buildQuizCatalog(await getPortal());
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
