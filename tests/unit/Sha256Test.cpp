#include <catch2/catch.hpp>

#include "common/Sha256.h"

using frontline::Sha256;

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors", "[sha256]") {
    CHECK(Sha256::hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Sha256::hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 gives the same digest however the input is split", "[sha256]") {
    std::string data(1000, 'x');
    for (size_t i = 0; i < data.size(); ++i) data[i] = static_cast<char>('a' + i % 26);
    std::string whole = Sha256::hex(data);
    for (size_t chunk : {1u, 7u, 63u, 64u, 65u, 500u}) {
        Sha256 h;
        for (size_t i = 0; i < data.size(); i += chunk) h.update(std::string_view(data).substr(i, chunk));
        CHECK(h.hexDigest() == whole);
    }
    CHECK(Sha256::hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "common/CanonicalHash.h"

TEST_CASE("the streamed canonical hash equals the hash of nlohmann's dump()", "[sha256]") {
    auto tricky = nlohmann::json::parse(R"({"z": [1, -2, 3.5, 1e-7, true, null, ""], "a": "引号\"反斜杠\\ \b\f\n\r\t \u0001 😀",
                                           "m": {"b": {}, "a": []}, "big": 18446744073709551615, "neg": -9223372036854775808})");
    CHECK(frontline::canonicalJsonHash(tricky) == Sha256::hex(tricky.dump()));
    for (const char* pack : {"core-zh", "core-en"}) {
        auto dir = frontline::test::sourceDir() / "scenarios" / pack;
        if (!std::filesystem::exists(dir)) continue;
        for (const auto& e : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(e.path());
            auto j = nlohmann::json::parse(in);
            CHECK(frontline::canonicalJsonHash(j) == Sha256::hex(j.dump()));
        }
    }
}
