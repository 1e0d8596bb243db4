import type { LessonView } from './build-portal';
import { formatFormat, formatLevel } from './labels';

/** The short facts shown under a lesson's title: minutes, level, format, credits, quiz. */
export function listLessonMeta(lesson: LessonView): string[] {
  return [
    `${lesson.duration} min`,
    formatLevel(lesson.level),
    formatFormat(lesson.format),
    ...(lesson.ceCredits !== undefined ? [`${lesson.ceCredits} CE credit${lesson.ceCredits === 1 ? '' : 's'}`] : []),
    ...(lesson.quiz ? [`${lesson.quiz.questions.length}-question quiz`] : []),
  ];
}
