// Package anon is siemanon's engine: it reads log lines, decides per line whether a line is
// raw text or a JSON record, finds the sensitive values in it and writes the line back with
// each value replaced by its pseudonym, every other byte as it was.
//
// The engine is a library. It never exits the process or writes to a stream it was not
// given: problems with single lines reach the caller through Config.Warn, and I/O errors
// are returned.
package anon
