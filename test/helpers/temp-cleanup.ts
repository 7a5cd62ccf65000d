/** Setup file of every test project: the temporary folders a test file made are removed after it (helpers/zip.ts). */
import { afterAll } from 'vitest';
import { removeTempDirs } from './zip.ts';

afterAll(removeTempDirs);
