#!/usr/bin/env node
// Runs the AWS CDK v1 CLI (node_modules/aws-cdk) without its Node.js version banner.
//
// The CLI and the jsii runtime of the Python app it starts read the same variable,
// JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION, in two incompatible ways: the CLI's older
// @jsii/check-node is silenced only by this exact acknowledgement, newer jsii runtimes by a
// comma-separated list of Node majors ("18,20"). So the CLI gets the acknowledgement while it
// loads (its check runs then), and the app it later starts inherits the variable as it was.
'use strict';

const VARIABLE = 'JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION';
const ACKNOWLEDGEMENT =
  'Node14 is now end of life (EOL) as of April 30, 2023. Support of EOL runtimes are only guaranteed ' +
  'for 30 days after EOL. By silencing this warning you acknowledge that you are using an EOL version ' +
  'of Node and will upgrade to a supported version as soon as possible.';

const original = process.env[VARIABLE];
process.env[VARIABLE] = ACKNOWLEDGEMENT;
const cdk = require('aws-cdk/lib');
if (original === undefined) {
  delete process.env[VARIABLE];
} else {
  process.env[VARIABLE] = original;
}
cdk.cli();
