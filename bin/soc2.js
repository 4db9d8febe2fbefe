#!/usr/bin/env node
// One bundled file (plus lazily loaded chunks) instead of some 400 modules:
// resolving and linking them was a quarter of a large template scan.
import '../dist/cli/bin.js';
