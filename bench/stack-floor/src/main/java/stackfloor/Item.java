package stackfloor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;

@Entity
public class Item {
    @Id
    @NotBlank
    public String id;
    public String name;
}
