/** Site paths of the machine-readable standards outputs, in one place for endpoints and links. */
export const standardsPaths = {
  /** The framework as a CASE 1.1 CFPackage. */
  casePackage: () => '/case/framework.json',
  /** A competency's Open Badges 3.0 Achievement. */
  competencyAchievement: (id: string) => `/badges/competencies/${id}.json`,
  /** The badge image of a competency's Achievement. */
  competencyImage: (id: string) => `/badges/competencies/${id}.svg`,
  /** A certification's Open Badges 3.0 Achievement. */
  certificationAchievement: (id: string) => `/badges/certifications/${id}.json`,
  /** The badge image of a certification's Achievement. */
  certificationImage: (id: string) => `/badges/certifications/${id}.svg`,
};
