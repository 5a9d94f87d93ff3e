import { xssSuite } from './xss-suite.js';

await xssSuite('gov-document-list');
