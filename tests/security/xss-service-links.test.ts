import { xssSuite } from './xss-suite.js';

await xssSuite('gov-service-links');
