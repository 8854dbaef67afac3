// Every DB test file runs with the modules wired as in the server and the CLI.
import { wireModules } from '../src/modules/wiring.ts';

wireModules();
