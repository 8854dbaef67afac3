#!/usr/bin/env node
// `kinerja` command: runs the TypeScript CLI through tsx (no build step). See docs/cli.md.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
