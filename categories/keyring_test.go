package categories

// fixedKeyring is the keyring of the key seed, seed+1, seed+2, ...: for examples, whose
// output is written out, and for tests that compare two keys.
func fixedKeyring(seed byte) *Keyring {
	key := make([]byte, KeySize)
	for i := range key {
		key[i] = seed + byte(i)
	}
	k, err := NewKeyring(key)
	if err != nil {
		panic(err) // the key has KeySize bytes
	}
	return k
}
