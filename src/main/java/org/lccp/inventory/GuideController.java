package org.lccp.inventory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The short guide "how to compile an inventory", in the reader's language, walking
 * through the fictitious training inventory when the demo data holds it.
 */
@Controller
class GuideController {

	private final InventoryManagement inventories;

	GuideController(InventoryManagement inventories) {
		this.inventories = inventories;
	}

	@GetMapping("/inventories/guide")
	String guide(Model model) {
		model.addAttribute("training", this.inventories.trainingInventory().orElse(null));
		// Each step's key stem: its title, text and example hang below it.
		model.addAttribute("steps",
				java.util.stream.IntStream.rangeClosed(1, 6).mapToObj((n) -> "inventory.guide.step" + n).toList());
		return "inventory/guide";
	}

}
