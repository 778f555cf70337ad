package org.lccp.cities;

/** Administrative level of a local government. */
public enum AdminLevel {

	MUNICIPALITY, PREFECTURE_LEVEL_CITY, METROPOLITAN_CITY, SPECIAL_CITY, PROVINCE, WARD, TOWN, DEVELOPMENT_AREA,
	CITY_CLUSTER

}
