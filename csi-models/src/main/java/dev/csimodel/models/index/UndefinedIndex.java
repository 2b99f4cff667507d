package dev.csimodel.models.index;

/**
 * A construct whose 0-100 index is undefined: an outer weight of its block is not positive, so
 * the index would no longer be a weighted mean of its items (see {@link IndexWeights}).
 *
 * @param construct the construct without an index
 * @param indicator the first indicator of the block with a non-positive outer weight
 * @param reason    a sentence naming both and the weight
 */
public record UndefinedIndex(String construct, String indicator, String reason) {
}
