#pragma once
// What a pack import accepts, in one place. The bundled packs have scenario
// files of at most 45 KiB and weigh about 300 KiB each; these limits leave
// room for packs forty times larger while a hostile archive (a zip bomb, a
// million tiny entries) cannot fill the disk or the memory of the app.
#include <cstddef>
#include <cstdint>

namespace frontline {

constexpr uint64_t kMaxPackFileBytes = uint64_t{2} << 20;   // 2 MiB per file
constexpr uint64_t kMaxPackTotalBytes = uint64_t{20} << 20; // 20 MiB per pack
constexpr size_t kMaxPackEntries = 200;                     // files and folders of one archive or folder

} // namespace frontline
