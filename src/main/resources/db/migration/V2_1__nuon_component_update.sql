-- Nuon: what the (deprecated) PATCH /v1/components/{id} changes besides the name
ALTER TABLE nuon_component ADD COLUMN var_name VARCHAR(200);

CREATE TABLE nuon_component_dependency (
    component_id  VARCHAR(26) NOT NULL REFERENCES nuon_component (id),
    position      INTEGER NOT NULL,
    dependency_id VARCHAR(26) NOT NULL REFERENCES nuon_component (id),
    PRIMARY KEY (component_id, position)
);
CREATE INDEX nuon_component_dependency_on ON nuon_component_dependency (dependency_id);
