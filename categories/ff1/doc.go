// Package ff1 implements the FF1 format-preserving encryption mode of NIST SP 800-38G
// (Rev. 1) with AES as the underlying block cipher.
//
// FF1 is a keyed, tweakable permutation of numeral strings: a string of n numerals in
// some radix encrypts to another string of n numerals in the same radix, which is what
// lets a pseudonym for an IPv4 address still be an IPv4 address. FF1 is used rather than
// FF3-1 because FF3 and FF3-1 were withdrawn by NIST after practical attacks on their
// tweak schedule; FF1 remains approved.
//
// Two entry points are provided:
//
//   - Cipher is the general algorithm for any radix in [2, 65536], built on math/big.
//   - Binary is FF1 with radix 2 over integers of 20 to 128 bits. It produces exactly the
//     same output as Cipher with radix 2 (numeral 0 is the most significant bit) but
//     needs no math/big and does not allocate, for the per-value hot path.
//
// The standard requires the domain to hold at least 1,000,000 values
// (radix^minlen >= 1,000,000), because FF1 on smaller domains is open to
// message-recovery attacks. Inputs shorter than that minimum are rejected with an
// error; for radix 2 that means at least 20 bits.
package ff1
