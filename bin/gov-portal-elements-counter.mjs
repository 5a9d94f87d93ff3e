#!/usr/bin/env node
// The visit counter's service: `gov-portal-elements-counter --help` lists the options.
import { main } from '../src/counter-service/cli.js';

await main(process.argv.slice(2));
