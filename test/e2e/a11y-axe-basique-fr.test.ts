/** Accessibility of connectoo-basique (fr): see helpers/a11y-axe-suite.ts. */
import { a11yAxeSuite } from '../helpers/a11y-axe-suite.ts';

a11yAxeSuite('connectoo-basique', 'fr');
