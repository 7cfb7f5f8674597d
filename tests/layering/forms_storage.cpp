// Compiled by the layering tests with the include paths of one library (see CMakeLists.txt).
#include "model/storage/reportstore.h"
int layeringProbe() {
    return 0;
}
