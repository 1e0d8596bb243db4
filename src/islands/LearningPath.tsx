import type { MasteryModel } from '../lib/record/compute-mastery';
import { LessonMark, MasteryMark } from './MasteryMark';
import { StorageNotice } from './StorageNotice';
import { useMastery } from './use-learner';

/** One lesson of a path as the page shows it. */
export interface PathItem {
  slug: string;
  title: string;
  href: string;
  description: string;
  meta: string[];
  prerequisites: { title: string; href: string }[];
}

interface Props {
  siteId: string;
  competency: string;
  lessons: PathItem[];
  model: MasteryModel;
  progressHref: string;
}

/** A competency's learning path with the learner's standing and a mark on every lesson. */
export default function LearningPath({ siteId, competency, lessons, model, progressHref }: Props) {
  const { mastery, status } = useMastery(siteId, model);
  const standing = mastery?.competencies[competency];
  return (
    <>
      <div data-pagefind-ignore="">
        <StorageNotice status={status} progressHref={progressHref} />
        <p>
          Your progress: <MasteryMark mastery={standing} />
        </p>
      </div>
      <ol className="path">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <h3>
              <a href={lesson.href}>{lesson.title}</a>
            </h3>
            <p>{lesson.description}</p>
            <ul className="meta">
              {lesson.meta.map((item) => (
                <li key={item}>{item}</li>
              ))}
              <li data-pagefind-ignore="">
                <LessonMark complete={mastery?.lessons[lesson.slug]} />
              </li>
            </ul>
            {lesson.prerequisites.length > 0 && (
              <p className="muted">
                Builds on:{' '}
                {lesson.prerequisites.map((prerequisite, index) => (
                  <span key={prerequisite.href}>
                    {index > 0 && ', '}
                    <a href={prerequisite.href}>{prerequisite.title}</a>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
