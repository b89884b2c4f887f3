/**
 * Weekly basket subscriptions and the weekly distribution: what the garden delivers, where and when. Its first
 * part is the delivery calendar: ISO weeks, each drop-off point's or round's weekly day, closure weeks and moved
 * deliveries, and the cut-off that decides which week a change or an absence can still reach.
 */
package org.sillon.baskets;
