#pragma once

#include <QString>
#include <memory>
#include <vector>

namespace kac::models {

// One row of the property tree: a property, something about it, a meter point (NMI / MIRN),
// its supply details, agreements, meters and their registers. Plain data; the model owns them.
struct PropertyNode
{
    enum class Kind
    {
        Property,
        Occupancy,
        EmbeddedNetwork,
        MeterPoint,
        SupplyDetails,
        Agreement,
        Meter,
        Register,
    };

    Kind kind = Kind::Property;
    QString title;  // column 0: what it is ("Electricity NMI 4102918273 (9)")
    QString detail; // column 1: the facts an agent asks about
    QString status; // column 2: ON_SUPPLY, Active, ...

    // Identity, inherited by the rows under a meter point / meter so a selection anywhere
    // below it knows which one it belongs to.
    QString id;               // the Kraken id of this row's object
    QString marketIdentifier; // NMI or MIRN (10 characters)
    QString fuel;             // ELECTRICITY or GAS
    QString meterId;          // meters and registers
    QString meterSerial;      // meters and registers
    QString readingFrequency; // meters: Kraken's read frequency (A_3, D, BI_MONTHLY, ...)
    QString unit;             // registers: their unit of measure as shown ("kWh")
    QString accountNumber;    // occupancy periods
    bool flagged = false;     // sensitive load on an NMI (shown prominently); export on a register
    // Why a date in `detail` shows as "Unavailable" (a value Kraken sent that is no date);
    // the model gives it as the detail's tooltip and accessible description. Empty otherwise.
    QString unavailableReason;

    PropertyNode *parent = nullptr;
    std::vector<std::unique_ptr<PropertyNode>> children;

    PropertyNode *addChild(std::unique_ptr<PropertyNode> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
    int row() const
    {
        if (!parent)
            return -1;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
};

} // namespace kac::models
