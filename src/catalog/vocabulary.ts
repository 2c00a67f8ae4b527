/**
 * The catalog's fixed words (enumerations and the version), without zod: what
 * widgets need at run time to build their controls, so that the validator
 * (zod and the schema) can stay a chunk loaded only when a catalog needs it.
 */
export const CATALOG_VERSION = 1;

/** `checksum`: "sha256-" and the base64 of a SHA-256 digest (see checksum.ts). */
export const CHECKSUM_PATTERN = /^sha256-[A-Za-z0-9+/]{43}=$/;

export const DELIVERY = ['online', 'hybrid', 'campus'] as const;
export const CREDENTIALS = ['certificate', 'diploma', 'associate', 'bachelor'] as const;
export const ACCREDITORS = ['CAAHEP', 'ABHES'] as const;
export const ACCREDITATION_STATUS = ['accredited', 'initial', 'probation'] as const;
export const SCHEDULES = ['day', 'evening', 'weekend', 'part-time'] as const;
export const TUITION_COVERS = ['program', 'year'] as const;
/** Who runs the school (IPEDS CONTROL 1/2/3). */
export const CONTROLS = ['public', 'nonprofit', 'for-profit'] as const;
/** The program fields a `provenance` entry can vouch for. */
export const PROGRAM_FACTS = [
  'name', 'institution', 'location', 'delivery', 'credential', 'lengthMonths', 'tuition', 'accreditation',
  'contactHours', 'externshipHours', 'schedule', 'languages', 'outcomes', 'completions', 'url', 'sponsored', 'onlineStates',
] as const;
