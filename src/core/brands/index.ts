export { parseBrandRegistry, hostUnder, type Brand, type BrandRegistry } from './registry.js';
export { brandPhrases, claimsFrom, scanTexts } from './matcher.js';
export { createBrandCheck, createBrandLookups, type BrandLookups } from './check.js';
export { bracketed, createMediaFilter } from './media.js';
export { spokenKinds, kindToken, ordinarySuffix, type InstitutionKind, type SpokenKind } from './kinds.js';
