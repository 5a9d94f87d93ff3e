#!/usr/bin/env node
// Pre-renders the gov- elements of an HTML file: `gov-portal-elements-prerender --help`.
import { main } from '../src/ssr/cli.js';

process.exitCode = await main(process.argv.slice(2));
