#include "faults/FaultedPanes.h"

namespace kac::test {

QList<FaultedPane> faultedPanes()
{
    return accountFaultedPanes() + propertyFaultedPanes() + conversationFaultedPanes() +
           campaignFaultedPanes();
}

} // namespace kac::test
