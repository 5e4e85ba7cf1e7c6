// Package categories defines the kinds of sensitive value siemanon rewrites and, for each one,
// how its pseudonym is made: one file per category, keyed by a session Keyring.
//
// Every pseudonym is a pure function of (key, category, value). Small fixed-width domains
// (IPv4, MAC, IPv6 halves) use a keyed permutation, so two originals never share a
// pseudonym; names use word lists over a space of at least 2^40.
package categories
