// Reads a GIFT file and prints what gift-pegjs, an independent GIFT parser, makes of it, as JSON.
const fs = require("fs");
const parser = require("gift-pegjs");
process.stdout.write(JSON.stringify(parser.parse(fs.readFileSync(process.argv[2], "utf8"))));
