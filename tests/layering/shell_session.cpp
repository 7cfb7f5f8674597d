// Compiled by the layering tests with the include paths of one library (see CMakeLists.txt).
#include "model/session/reportsession.h"
int layeringProbe() {
    return 0;
}
