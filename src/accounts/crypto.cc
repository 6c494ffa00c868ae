#include "accounts/crypto.h"

#include <sodium.h>

#include <cstdlib>
#include <vector>

namespace boardroom::accounts {
namespace {

constexpr size_t kMaxPasswordBytes = 1024;

void EnsureSodium() {
  static const bool ready = [] {
    if (sodium_init() < 0) std::abort();  // libsodium cannot work without its entropy source
    return true;
  }();
  (void)ready;
}

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

}  // namespace

PasswordCost PasswordCost::Fastest() {
  return {.ops = 1, .memory = crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

std::string PasswordCost::Describe() const {
  return "argon2id ops=" + std::to_string(ops) + " mem=" + std::to_string(memory);
}

Result<std::string> HashPassword(std::string_view password, const PasswordCost& cost) {
  EnsureSodium();
  if (password.empty()) return Error::InvalidArgument("The password must not be empty.", "password");
  if (password.size() > kMaxPasswordBytes) {
    return Error::InvalidArgument("The password must be at most 1024 bytes long.", "password");
  }
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.ops, cost.memory,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::Internal("Hashing the password ran out of memory.");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || password.size() > kMaxPasswordBytes)
    return false;
  std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view hash, const PasswordCost& cost) {
  EnsureSodium();
  std::string terminated(hash);
  return crypto_pwhash_str_needs_rehash(terminated.c_str(), cost.ops, cost.memory) != 0;
}

std::string NewToken() {
  EnsureSodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  const size_t size = sodium_base64_ENCODED_LEN(sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  std::string out(size, '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  sodium_memzero(bytes, sizeof bytes);
  return out;
}

std::string HashToken(std::string_view token) {
  EnsureSodium();
  unsigned char digest[32];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return Hex(digest, sizeof digest);
}

std::string Sha256Hex(std::string_view data) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return Hex(digest, sizeof digest);
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  EnsureSodium();
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace boardroom::accounts
