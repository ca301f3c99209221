// The one header emitted C++ includes: the whole public runtime.
#pragma once

#include "yieldc/builtins.hpp"
#include "yieldc/containers.hpp"
#include "yieldc/exceptions.hpp"
#include "yieldc/float.hpp"
#include "yieldc/function.hpp"
#include "yieldc/generator.hpp"
#include "yieldc/int.hpp"
#include "yieldc/object.hpp"
#include "yieldc/ops.hpp"
#include "yieldc/type.hpp"
