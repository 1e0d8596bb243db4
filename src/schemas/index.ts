export * from './common';
export * from './question';
export * from './lesson';
export * from './competency';
export * from './assessment';
export * from './certification';
export * from './site';
