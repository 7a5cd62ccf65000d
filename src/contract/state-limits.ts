/** Room for the learner's saved state, as the standards give it (FACTS §2): the build proves a course fits, the player never writes more. */
/** `cmi.suspend_data` in SCORM 1.2: CMIString4096. */
export const SCORM12_SUSPEND_LIMIT = 4096;
/** SCORM 2004 `cmi.suspend_data` (SPM 64,000 characters); the same budget is used for the State API and local storage. */
export const LARGE_STATE_LIMIT = 64_000;
