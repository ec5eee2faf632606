#pragma once
// SHA-256 (FIPS 180-4) for content hashes: a stored attempt names exactly what it was graded against.
#include <cstdint>
#include <string>
#include <string_view>

namespace frontline {

class Sha256 {
public:
    Sha256();
    void update(std::string_view data);
    std::string hexDigest(); // finishes the hash; call once

    static std::string hex(std::string_view data);

private:
    void block(const unsigned char* p);
    uint32_t h_[8];
    unsigned char buffer_[64];
    size_t buffered_ = 0;
    uint64_t length_ = 0;
};

} // namespace frontline
