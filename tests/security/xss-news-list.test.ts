import { xssSuite } from './xss-suite.js';

await xssSuite('gov-news-list');
