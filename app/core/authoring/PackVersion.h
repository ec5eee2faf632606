#pragma once
// The pack version the editor writes on save: MAJOR.MINOR.PATCH with the
// patch number one higher ("1.0.0" -> "1.0.1"). Anything else is refused, so
// a hand-written version such as "v2" is never silently replaced.
#include <string>

#include "common/Result.h"

namespace frontline {

Result<std::string> bumpPatchVersion(const std::string& version);

} // namespace frontline
