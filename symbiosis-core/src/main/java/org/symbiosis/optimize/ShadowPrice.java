package org.symbiosis.optimize;

import org.symbiosis.model.CarrierId;
import org.symbiosis.model.PlantId;

/**
 * The dual of one balance row: how much the objective falls if one more unit of the carrier
 * appeared at the plant for free (objective units per carrier unit; with the emissions objective,
 * t CO2e per unit). Negative: having more of it costs (CO2 that must be released); positive: it is
 * worth having (a fuel that would otherwise be bought).
 *
 * @param plant   the plant of the balance row
 * @param carrier the carrier of the balance row
 * @param value   the dual, objective units per unit of the carrier
 */
public record ShadowPrice(PlantId plant, CarrierId carrier, double value) {
}
