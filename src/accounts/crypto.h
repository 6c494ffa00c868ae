// The cryptography accounts needs, over libsodium: argon2id password hashes with recorded, raisable cost;
// random 256-bit tokens as base64url text; one-way token hashes for storage; SHA-256 for the audit chain; and
// constant-time comparison. Nothing here touches the store.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace boardroom::accounts {

// The cost of an argon2id hash. The defaults are libsodium's "interactive" limits; tests pass Fastest().
struct PasswordCost {
  uint64_t ops = 2;                     // iterations (crypto_pwhash_OPSLIMIT_INTERACTIVE)
  size_t memory = 64u * 1024u * 1024u;  // bytes (crypto_pwhash_MEMLIMIT_INTERACTIVE)

  // The smallest cost libsodium allows: for tests only.
  static PasswordCost Fastest();
  // "argon2id ops=2 mem=67108864": what User::hash_params records.
  std::string Describe() const;
};

// libsodium's argon2id string for `password` (salt and cost inside). kInvalidArgument (field "password") for
// an empty password or one longer than 1024 bytes; kInternal when memory runs out.
Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost);

// True when `password` matches `hash` (a string from HashPassword). False for a malformed hash.
bool VerifyPassword(std::string_view hash, std::string_view password);

// True when `hash` was made with a cost other than `cost` (so it should be remade at the next sign-in).
bool NeedsRehash(std::string_view hash, const PasswordCost& cost);

// 32 random bytes as unpadded base64url (43 characters).
std::string NewToken();

// The stored form of a token: BLAKE2b-256 of it, as 64 lower-case hex digits.
std::string HashToken(std::string_view token);

// SHA-256 of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

// True when `a` equals `b`, in time that depends only on their lengths.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace boardroom::accounts
