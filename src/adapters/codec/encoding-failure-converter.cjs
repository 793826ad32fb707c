// The failure converter of encrypted deployments: error messages and stack traces go into the
// failure's encoded attributes, a payload the codec encrypts. Plain CommonJS because the SDK
// loads it with require() (DataConverter.failureConverterPath) and bundles it into workflows.
/* global require, exports */
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DefaultFailureConverter } = require('@temporalio/common');

exports.failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
