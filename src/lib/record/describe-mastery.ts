import type { CompetencyMastery } from './compute-mastery';

/** The words for a competency's standing, e.g. "In progress: 1 of 3 lessons". Never colour alone. */
export function describeMastery(mastery: CompetencyMastery): string {
  switch (mastery.status) {
    case 'mastered':
      return mastery.testedOut ? 'Mastered (tested out)' : 'Mastered';
    case 'practised':
      return 'Practised: take the competency check to master it';
    case 'in-progress':
      return mastery.total > 0 ? `In progress: ${mastery.completed} of ${mastery.total} lessons` : 'In progress';
    default:
      return 'Not started';
  }
}

/** "3 of 5 competencies mastered". */
export function describeCount(mastered: number, total: number, noun = 'competencies'): string {
  return `${mastered} of ${total} ${total === 1 ? noun.replace(/ies$/, 'y') : noun} mastered`;
}
