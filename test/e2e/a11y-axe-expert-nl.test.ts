/** Accessibility of connectoo-expert (nl): see helpers/a11y-axe-suite.ts. */
import { a11yAxeSuite } from '../helpers/a11y-axe-suite.ts';

a11yAxeSuite('connectoo-expert', 'nl');
